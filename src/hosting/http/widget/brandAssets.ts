import type { BrandImage, Branding } from '../../../core/branding/types';
import { IMMUTABLE, type EncodedAsset } from '../assets/encodedAsset';

/** An image of branding/ at its content-addressed path, e.g. `branding/avatar.3f2a….png`. */
export interface BrandAsset {
  readonly path: string;
  readonly asset: EncodedAsset;
}

function brandAsset(image: BrandImage): BrandAsset {
  const stem = image.file.replace(/\.png$/i, '');
  return {
    path: `/branding/${stem}.${image.hash}.png`,
    // PNGs are compressed already.
    asset: { contentType: image.contentType, hash: image.hash, cacheControl: IMMUTABLE, bodies: { identity: image.bytes } },
  };
}

export function brandAssets(branding: Branding): { readonly avatar: BrandAsset; readonly logo: BrandAsset } {
  return { avatar: brandAsset(branding.images.avatar), logo: brandAsset(branding.images.logo) };
}

/** The colours as CSS custom properties, for the chat page's stylesheet. */
export function brandCss(branding: Branding): string {
  const c = branding.colours;
  return `:root {
  --mieux-primary: ${c.primary};
  --mieux-on-primary: ${c.onPrimary};
  --mieux-background: ${c.background};
  --mieux-text: ${c.text};
  --mieux-subtle: ${c.subtle};
  --mieux-link: ${c.link};
  --mieux-focus: ${c.focus};
}
`;
}
