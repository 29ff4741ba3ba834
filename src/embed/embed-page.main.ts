// The script of embed.html (built to dist/cdn/embed-page.js): starts the embed page, loading only
// the bundle of the widget it shows (dist/cdn/<widget>.js, next to this script).
import { startEmbedPage } from './embed-page.js';

startEmbedPage({ load: (tag) => import(new URL(`./${tag}.js`, import.meta.url).href) });
