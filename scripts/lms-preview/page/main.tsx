// The LMS preview page: an author's or LMS admin's stand-in for an LMS, built by server.ts.
import { render } from 'preact';
import { PreviewApp } from './preview-app';
import './preview.css';

const root = document.getElementById('preview');
if (root)
  render(<PreviewApp storage={window.localStorage} host={window as unknown as Record<string, unknown>} />, root);
