import { DEFAULT_LANG, type Lang } from '../core/language/languages';
import type { ReplyBuilder } from './replies';
import type { Turn } from './turn';

/**
 * What to say when someone joins or the bot is installed (the host decides which from its
 * channel's events: hosting/botframework/welcomePlan.ts): `welcome` the full welcome with the main
 * topics, `intro` one short message on how to ask (a team channel or group chat), `forget` and
 * `none` nothing (`forget`: a later installation may welcome again). `once`: at most once per conversation.
 */
export type WelcomePlan =
  { readonly kind: 'welcome' | 'intro'; readonly once: boolean } | { readonly kind: 'forget' } | { readonly kind: 'none' };

export class Welcomer {
  constructor(private readonly replies: ReplyBuilder) {}

  /** `clientLang`: the language the client's locale names, which wins over the conversation's. */
  async welcome(turn: Turn, plan: WelcomePlan, clientLang: Lang | undefined): Promise<void> {
    if (plan.kind === 'none') return;
    const profile = await turn.profile();
    if (plan.kind === 'forget') {
      delete profile.welcomed;
      return;
    }
    if (plan.once && profile.welcomed) return;
    const lang = clientLang ?? profile.lang ?? DEFAULT_LANG;
    const reply = plan.kind === 'intro' ? this.replies.intro(lang) : this.replies.welcome(lang);
    await turn.send(reply.plan);
    profile.lang = lang;
    profile.offered = [...reply.offered];
    if (plan.once) profile.welcomed = true;
  }
}
