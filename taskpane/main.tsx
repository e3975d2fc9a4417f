import { createRoot } from 'react-dom/client';
import './charts/register';
import './global.css';
import { App } from './App';
import { chooseAdapter, initialDraft, storageOrNull } from './boot';

const adapter = await chooseAdapter();
const draft = await initialDraft(adapter);
createRoot(document.getElementById('root')!).render(
  <App adapter={adapter} initialDraft={draft} storage={storageOrNull()} />,
);
