import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { captureWebToken } from './api';
import { initI18n } from './i18n';
import { App } from './app/App';
import { initStyleNonce } from './app/styleNonce';

captureWebToken();
initI18n();
initStyleNonce();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
