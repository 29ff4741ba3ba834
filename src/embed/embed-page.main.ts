// The script of embed.html (built to dist/cdn/embed-page.js): starts the embed page.
import { startEmbedPage } from './embed-page.js';

startEmbedPage();
