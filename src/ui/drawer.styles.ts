import { css } from 'lit';

/**
 * Styles of `renderDrawer`; add to the caller's `static styles`. Width comes from
 * `--scalev-drawer-width` (default 26rem); phones get a bottom sheet at full width.
 */
export const drawerStyles = css`
  :host {
    --_scalev-drawer-width: var(--scalev-drawer-width, 26rem);
  }
  .drawer {
    position: fixed;
    inset: 0 0 0 auto;
    box-sizing: border-box;
    width: min(var(--_scalev-drawer-width), 100vw);
    max-width: 100vw;
    height: 100%;
    max-height: 100dvh;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: var(--_scalev-color-surface);
    color: var(--_scalev-color-text);
    font: inherit;
    line-height: var(--_scalev-line-height);
    box-shadow: var(--_scalev-shadow);
    overflow: hidden;
    transform: translateX(100%);
    transition:
      transform var(--_scalev-transition),
      overlay var(--_scalev-transition) allow-discrete,
      display var(--_scalev-transition) allow-discrete;
  }
  .drawer[open] {
    transform: none;
  }
  @starting-style {
    .drawer[open] {
      transform: translateX(100%);
    }
  }
  .drawer::backdrop {
    background: var(--_scalev-color-backdrop);
  }
  .drawer__panel {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    height: 100%;
    max-height: inherit;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .drawer__sentinel {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  @media (max-width: 639px) {
    .drawer {
      inset: auto 0 0 0;
      width: 100%;
      height: auto;
      max-height: 92dvh;
      border-radius: var(--_scalev-radius) var(--_scalev-radius) 0 0;
      transform: translateY(100%);
    }
    .drawer[open] {
      transform: none;
    }
    @starting-style {
      .drawer[open] {
        transform: translateY(100%);
      }
    }
    .drawer__panel {
      max-height: 92dvh;
    }
  }
`;
