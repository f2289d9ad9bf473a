const loading = new Map<string, Promise<void>>();

/**
 * Adds a classic <script> once per address; the promise settles when it has run. `nonce` is the
 * widget's own, so a host page with a nonce-based Content-Security-Policy lets Web Chat run too.
 */
export function loadScript(document: Document, src: string, nonce: string): Promise<void> {
  const known = loading.get(src);
  if (known) return known;
  const promise = new Promise<void>((resolve, reject) => {
    const tag = document.createElement('script');
    tag.src = src;
    tag.async = true;
    if (nonce) tag.nonce = nonce;
    tag.onload = () => resolve();
    tag.onerror = () => {
      loading.delete(src);
      tag.remove();
      reject(new Error(`could not load ${src}`));
    };
    document.head.appendChild(tag);
  });
  loading.set(src, promise);
  return promise;
}
