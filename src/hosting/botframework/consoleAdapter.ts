import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

export type Printer = (activity: Partial<Activity>) => void;

/**
 * Runs the bot in-process for the terminal chat: what the person types becomes a message
 * activity, and the bot's replies are handed to a printer instead of a channel.
 */
export class ConsoleAdapter extends BotAdapter {
  private nextId = 1;
  private readonly reference: ConversationReference;
  private readonly user = { id: 'user', name: 'You' };

  constructor(
    private readonly print: Printer,
    private readonly locale: string,
  ) {
    super();
    this.reference = {
      channelId: 'console',
      serviceUrl: 'http://localhost/console',
      conversation: { id: `console-${Date.now()}`, isGroup: false, conversationType: 'personal', name: 'console' },
      user: this.user,
      bot: { id: 'bot', name: 'MIEUX+' },
    };
  }

  private activity(partial: Partial<Activity>): Activity {
    return TurnContext.applyConversationReference(
      { ...partial, id: String(this.nextId++), timestamp: new Date(), locale: this.locale },
      this.reference,
      true,
    ) as Activity;
  }

  /** The conversationUpdate a channel sends when the person opens the chat. */
  start(logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = this.activity({ type: ActivityTypes.ConversationUpdate, membersAdded: [this.user] });
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** A typed message; `value` as a pressed messageBack button sends it (the feedback buttons). */
  say(text: string, logic: (context: TurnContext) => Promise<void>, value?: unknown): Promise<void> {
    const message = this.activity({ type: ActivityTypes.Message, text, ...(value === undefined ? {} : { value }) });
    return this.runMiddleware(new TurnContext(this, message), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      if (activity.type === ActivityTypes.Message) this.print(activity);
      return { id: String(this.nextId++) };
    });
  }

  override updateActivity(): Promise<void> {
    return Promise.reject(new Error('ConsoleAdapter.updateActivity(): not supported in the terminal'));
  }

  override deleteActivity(): Promise<void> {
    return Promise.reject(new Error('ConsoleAdapter.deleteActivity(): not supported in the terminal'));
  }

  override continueConversation(): Promise<void> {
    return Promise.reject(new Error('ConsoleAdapter.continueConversation(): not supported in the terminal'));
  }
}
