import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { engine } from './engine.ts';
import './index.css';

// Console access for power users and tests: `await planescope.engine.request('summary', {})`.
(globalThis as unknown as { planescope: object }).planescope = { engine };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
