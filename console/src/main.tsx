import { render } from 'preact';
import { App } from './app';
import { loadApiUrl } from './config';
import './styles.css';

const root = document.getElementById('app')!;
loadApiUrl().then(
  (apiUrl) => render(<App apiUrl={apiUrl} />, root),
  (error: unknown) => {
    root.textContent = `The console could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  },
);
