import type { Colours } from '../../src/core/branding/colours';

/** A palette that passes every AA pairing, for tests that need colours but not the branding file. */
export const AA_PALETTE: Colours = {
  primary: '#003399',
  onPrimary: '#FFFFFF',
  background: '#FFFFFF',
  text: '#1B1B1B',
  botBubble: '#F2F2F2',
  subtle: '#595959',
  link: '#003399',
  focus: '#1B1B1B',
};
