import { css, html, type TemplateResult } from 'lit';
import type { Translator } from '../core/translate.js';

/*
 * The site checkboxes of <visits-chart>, which double as the legend of its lines: shown when the
 * answer has several sites. A chart of one site (most charts) never needs them: the widget loads
 * this module when an answer with several sites first arrives (in the script-tag bundles, a file
 * of its own under `chunks/`) and adopts its styles then. It imports nothing of the widget's own
 * code (the widget hands it the sites and their names), as the table view does.
 */

export const siteStyles = css`
  .sites {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .sites legend {
    float: inline-start;
    margin-inline-end: var(--_space);
    padding: 0;
    color: var(--_fg-muted);
    font-size: 0.85em;
    line-height: 32px;
  }

  .swatch.c2 { background: var(--_vc-series-2); }
  .swatch.c3 { background: var(--_vc-series-3); }
  .swatch.c4 { background: var(--_vc-series-4); }
  .swatch.c5 { background: var(--_vc-series-5); }
`;

/** One site's checkbox: its id, its name as shown, whether its line is shown. */
export interface SiteCheckbox {
  idSite: string;
  name: string;
  shown: boolean;
}

/**
 * The checkboxes, each with the colour of its site's line (the sites in the order of the answer,
 * which gives the colours). The last site shown cannot be hidden. `toggle` gets the site and
 * whether it is now shown.
 */
export function renderSites(sites: readonly SiteCheckbox[], toggle: (idSite: string, shown: boolean) => void, t: Translator): TemplateResult {
  const shown = sites.filter((s) => s.shown).length;
  return html`<fieldset class="sites" part="sites">
    <legend>${t.t('Sites')}</legend>
    ${sites.map(
      (site, i) =>
        html`<label class="check"
          ><input
            type="checkbox"
            .checked=${site.shown}
            ?disabled=${site.shown && shown === 1}
            @change=${(e: Event) => toggle(site.idSite, (e.target as HTMLInputElement).checked)}
          /><span class="swatch c${(i % 5) + 1}" aria-hidden="true"></span>${site.name}</label
        >`,
    )}
  </fieldset>`;
}
