import { render } from 'preact';
import { App } from './app';
import './console.css';

const root = document.getElementById('app')!;
root.textContent = ''; // the shell's loading note
render(<App />, root);
