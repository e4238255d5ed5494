import type { AudienceView } from '../../domain/workshop.ts';
import type { Repository } from '../../storage/repository.ts';
import { openWorkshopLink, type WorkshopLink } from './channel.ts';

/**
 * What the projector window shows: the last saved view at once (so a reload shows
 * the step again even before the presenter answers), then every view the presenter
 * sends over the channel.
 */
export class AudienceFeed {
  view = $state.raw<AudienceView>();
  #link: WorkshopLink;
  #heard = false;

  constructor(repository: Repository) {
    this.#link = openWorkshopLink((message) => {
      if (message.type !== 'view') return;
      this.#heard = true;
      this.view = message.view;
    });
    void repository.listLiveWorkshops().then((live) => {
      // The presenter may have answered first; its view is the newer one.
      if (!this.#heard && live[0]) this.view = live[0].view as AudienceView;
    });
    this.#link.post({ type: 'hello' });
  }

  close() {
    this.#link.close();
  }
}
