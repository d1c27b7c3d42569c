import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import PublicApp from './PublicApp';
import './public.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root element missing in herzensorte/index.html');

createRoot(container).render(
    <StrictMode>
        <PublicApp />
    </StrictMode>,
);
