import { css } from 'lit';
import { formFieldStyles } from '../../../ui/form-field.styles.js';
import type { AccountHost } from '../view-host.js';

/** The account's forms (profile, password, address): fields, checkboxes, the two-column grid. */
const formStyles = css`
  .form {
    display: flex;
    flex-direction: column;
    gap: var(--_scalev-space-m);
    max-width: 32rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_scalev-space-s);
  }
  .check input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
  }
  @media (min-width: 40rem) {
    .form--grid {
      display: grid;
      grid-template-columns: 1fr 1fr;
      max-width: none;
    }
    .form--grid .wide {
      grid-column: 1 / -1;
    }
  }
`;

export function adoptFormStyles(host: AccountHost): void {
  host.adoptStyles('account-forms', `${formFieldStyles.cssText}${formStyles.cssText}`);
}
