import type { Localized } from '../language/languages';
import type { Colours } from './colours';

export { COLOUR_ROLES, type ColourRole, type Colours } from './colours';

/** An image file from the branding folder, read and checked at load. */
export interface BrandImage {
  /** The file name in the branding folder, e.g. 'avatar.png'. */
  readonly file: string;
  readonly contentType: 'image/png';
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
  /** The first 16 hex digits of the SHA-256 of the bytes: for content-addressed URLs. */
  readonly hash: string;
}

export interface TeamsCommand {
  /** The knowledge entry that must answer the title. */
  readonly answers: string;
  readonly text: Localized<{ readonly title: string; readonly description: string }>;
}

export interface TeamsListing {
  readonly developerName: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
  readonly accentColour: string;
  readonly icons: { readonly colour: BrandImage; readonly outline: BrandImage };
  readonly name: Localized<{ readonly short: string; readonly full: string }>;
  /** `{email}` stands for the team's address. */
  readonly description: Localized<{ readonly short: string; readonly full: string }>;
  readonly commands: readonly TeamsCommand[];
}

export interface Branding {
  /** Where it was read from, for messages. */
  readonly file: string;
  readonly botName: Localized<string>;
  readonly images: { readonly avatar: BrandImage; readonly logo: BrandImage };
  readonly colours: Colours;
  readonly texts: {
    readonly launcherLabel: Localized<string>;
    readonly heading: Localized<string>;
    readonly intro: Localized<string>;
  };
  readonly privacy: {
    /** What is kept, and why: the line under the panel's heading. */
    readonly kept: Localized<string>;
    readonly linkText: Localized<string>;
    readonly noticeUrl: string;
  };
  readonly teams: TeamsListing;
}
