import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installRealtime } from './features/session/realtime';
import { initI18n } from './i18n/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/chat.css';
import './styles/staff.css';
import './styles/safety.css';
import './styles/privacy.css';

initI18n();
installRealtime();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
