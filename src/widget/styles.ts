import type { Colours } from '../core/branding/colours';

/**
 * The launcher's and the panel's styles, in the branding's colours. Every rule is scoped under
 * .mieux-w so the host page's styles and ours leave each other alone; motion only for visitors
 * who have not asked their system for less (prefers-reduced-motion).
 */
export function widgetCss(c: Colours): string {
  return `
.mieux-w,.mieux-w *{box-sizing:border-box}
.mieux-w{font:15px/1.4 'Segoe UI',system-ui,-apple-system,Roboto,'Helvetica Neue',Arial,sans-serif;color:${c.text}}
.mieux-w-launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:56px;height:56px;margin:0;padding:0;border:2px solid ${c.onPrimary};border-radius:50%;background:${c.primary};color:${c.onPrimary};cursor:pointer;display:flex;align-items:center;justify-content:center;box-shadow:0 2px 10px rgba(0,0,0,.35)}
.mieux-w[data-position=left] .mieux-w-launcher{left:20px;right:auto}
.mieux-w-launcher svg{width:28px;height:28px;fill:currentColor}
.mieux-w-launcher:focus-visible{outline:3px solid ${c.focus};outline-offset:3px}
.mieux-w-panel{position:fixed;bottom:88px;right:20px;z-index:2147483001;width:min(400px,calc(100vw - 40px));height:min(640px,calc(100vh - 108px));display:flex;flex-direction:column;background:${c.background};color:${c.text};border-radius:12px;box-shadow:0 6px 28px rgba(0,0,0,.35);overflow:hidden}
.mieux-w[data-position=left] .mieux-w-panel{left:20px;right:auto}
.mieux-w-panel[hidden]{display:none}
.mieux-w-panel:focus{outline:none}
.mieux-w-header{display:flex;align-items:center;gap:8px;min-height:48px;padding:4px 4px 4px 12px;background:${c.primary};color:${c.onPrimary}}
.mieux-w-logo{width:28px;height:28px;flex:none;border-radius:4px}
.mieux-w-heading{flex:1;margin:0;font-size:16px;font-weight:600;line-height:1.25;color:inherit}
.mieux-w-close{flex:none;width:40px;height:40px;margin:0;padding:0;border:0;border-radius:50%;background:transparent;color:inherit;cursor:pointer;display:flex;align-items:center;justify-content:center}
.mieux-w-close svg{width:20px;height:20px;fill:currentColor}
.mieux-w-close:focus-visible{outline:3px solid ${c.onPrimary};outline-offset:-4px}
.mieux-w-notice{margin:0;padding:6px 12px;font-size:12px;line-height:1.35;color:${c.subtle};background:${c.background};border-bottom:1px solid ${c.botBubble}}
.mieux-w-notice a{color:${c.link};text-decoration:underline}
.mieux-w-notice a:focus-visible{outline:2px solid ${c.focus};outline-offset:1px}
.mieux-w-chat{position:relative;flex:1;min-height:0}
.mieux-w-status{margin:16px;color:${c.text}}
.mieux-w-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (max-width:480px),(max-height:520px){
.mieux-w-panel{top:0;right:0;bottom:0;left:0;width:100%;height:100%;border-radius:0}
.mieux-w[data-position=left] .mieux-w-panel{left:0}
.mieux-w[data-open] .mieux-w-launcher{display:none}
}
@media (prefers-reduced-motion:no-preference){
.mieux-w-launcher{transition:transform .15s ease-out}
.mieux-w-launcher:hover{transform:scale(1.06)}
.mieux-w-panel{animation:mieux-w-in .18s ease-out}
@keyframes mieux-w-in{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}
}`;
}
