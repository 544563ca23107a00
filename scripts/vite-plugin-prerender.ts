// Vite plugin (build only): index.html gets the start page prerendered (src/app/prerender.tsx) and,
// instead of the player's script tag, one inline script that applies the learner's zoom, hides the
// start page when the address asks for another screen, and fetches the player after the first paint.
// A slow phone then paints the start page from the HTML and the style sheet alone, like an empty page.
import { createHash } from 'node:crypto';
import preact from '@preact/preset-vite';
import { createServer, type Plugin } from 'vite';
import { escapeHtml } from '../src/core/export/print-html.ts';
import { coursePlugin } from './vite-plugin-course.ts';

/**
 * Runs in <head>, before the body is parsed. The player (`entry` and the chunks it imports, fetched
 * together) comes at once for a deep link, in a hidden tab (which paints no frames) and in a frame
 * (an LMS, which waits for the SCORM session, not for a paint); otherwise two frames after the load
 * event, so its download never holds up the start page's first paint, and at the latest a second
 * after it (a browser may hold frames back). A button pressed before the player is ready is marked,
 * and main.tsx presses it again once it is.
 */
export function firstPaintScript(zoomKey: string, entry: string, imports: string[]): string {
  const urls = JSON.stringify([entry, ...imports].map((file) => `./${file}`));
  return `(function(d,r){try{if(localStorage.getItem(${JSON.stringify(zoomKey)})==='on')r.classList.add('zoom')}catch(e){}var deep=!/^#?\\/*$/.test(location.hash);if(deep)r.classList.add('deep-link');var started=0,go=function(){if(!started)${urls}.forEach(function(u){import(u)});started=1};d.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('#app:not([data-ready]) button');if(b)b.setAttribute('data-early-click','')},true);if(deep||d.visibilityState!=='visible'||self!==top)go();else addEventListener('load',function(){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go)})});setTimeout(go,1000)},{once:true})})(document,document.documentElement)`;
}

const cspHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

interface PrerenderModule {
  renderStartPage(): string;
  zoomKey: string;
  startTitle: string;
}

/** Loads src/app/prerender.tsx through Vite (JSX, the virtual course) in Node and renders the start page. */
async function prerender(
  root: string,
  courseDir: string,
): Promise<Omit<PrerenderModule, 'renderStartPage'> & { markup: string }> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [preact(), coursePlugin({ dir: courseDir })],
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
    const markup = module.renderStartPage();
    // The CSP blocks style attributes in HTML (a style set from script is fine), and hydration would
    // not put back what was blocked.
    const style = /<[^>]*\sstyle="[^"]*"[^>]*>/.exec(markup);
    if (style) throw new Error(`The prerendered start page has a style attribute the CSP would block: ${style[0]}`);
    return { markup, zoomKey: module.zoomKey, startTitle: module.startTitle };
  } finally {
    await server.close();
  }
}

export function prerenderPlugin({ dir }: { dir: string }): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { chunk }) {
        if (!chunk) return html;
        const tag = new RegExp(`\\s*<script type="module" crossorigin src="\\./${chunk.fileName}"></script>`);
        if (!tag.test(html)) throw new Error(`index.html: no script tag for ${chunk.fileName} to replace`);
        const { markup, zoomKey, startTitle } = await prerender(root, dir);
        const script = firstPaintScript(zoomKey, chunk.fileName, chunk.imports);
        return (
          html
            .replace(tag, '')
            .replace("script-src 'self'", `script-src 'self' ${cspHash(script)}`)
            // Under the CSP, and before the style sheet's link: a script after it would wait for the sheet.
            .replace(
              /<meta http-equiv="Content-Security-Policy"[^>]*>/,
              (csp) => `${csp}\n    <script>${script}</script>`,
            )
            .replace(/<div id="app">[\s\S]*?<\/div>(?=\s*<noscript>)/, `<div id="app" data-prerendered>${markup}</div>`)
            // The start page's own title: the player then changes nothing a screen reader has taken in.
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(startTitle)}</title>`)
        );
      },
    },
  };
}
