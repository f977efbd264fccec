import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Global styles first, so each feature's own stylesheet can refine them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
