import type { WorkshopContent } from '../../domain/workshop.ts';
import { WorkshopSession } from '../../machines/workshop-session.ts';
import type { Repository } from '../../storage/repository.ts';
import { openWorkshopLink } from './channel.ts';

export interface Presenter {
  session: WorkshopSession;
  /** Stops the session and the link to the projector window. */
  close(): void;
}

/**
 * The presenter's side of a workshop: the session, and the link that keeps the
 * projector window following it. A projector window that opens or reloads says hello;
 * the presenter answers with what is on screen.
 */
export async function openPresenter(content: WorkshopContent, repository: Repository, onSaveState: (allSaved: boolean) => void): Promise<Presenter> {
  let session: WorkshopSession | undefined;
  const link = openWorkshopLink((message) => {
    if (message.type === 'hello' && session) link.post({ type: 'view', view: session.view });
  });
  session = await WorkshopSession.open(content, { repository, onSaveState, onView: (view) => link.post({ type: 'view', view }) });
  link.post({ type: 'view', view: session.view });
  const opened = session;
  return {
    session: opened,
    close: () => {
      opened.stop();
      link.close();
    },
  };
}
