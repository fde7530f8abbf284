// Styles inside the popover's shadow root. px only: rem would follow the page's root font size.
export const POPOVER_CSS = `
:host { all: initial; }
.fc-card {
  position: fixed; box-sizing: border-box; max-width: min(420px, calc(100vw - 16px));
  max-height: calc(100vh - 16px); overflow: auto; min-width: 240px;
  padding: 12px 14px; border-radius: 8px; border: 1px solid #d0d5dd;
  background: #ffffff; color: #1f2933; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: left; direction: ltr; pointer-events: auto;
}
.fc-card[hidden] { display: none; }
.fc-head { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
.fc-badge { align-self: flex-start; font-size: 11px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase;
  padding: 2px 6px; border-radius: 4px; background: #eef1f4; color: #394452; }
.fc-pop[data-verdict="conflict"] .fc-badge, .fc-pop[data-verdict="magnitude"] .fc-badge,
.fc-pop[data-verdict="currency"] .fc-badge, .fc-pop[data-verdict="arithmetic"] .fc-badge,
.fc-pop[data-verdict="page-conflict"] .fc-badge { background: #fde8ea; color: #a0111f; }
.fc-pop[data-verdict="rounding"] .fc-badge { background: #fff3dc; color: #8a5200; }
.fc-pop[data-verdict="consistent"] .fc-badge { background: #e3f5e9; color: #17663a; }
.fc-title { margin: 0; font-size: 15px; font-weight: 600; }
.fc-reading { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; }
.fc-reading dt { color: #5b6673; }
.fc-reading dd { margin: 0; }
.fc-explanation { margin: 0 0 8px; font-weight: 500; }
.fc-own { margin: 0 0 8px; font-style: italic; color: #5b6673; }
.fc-subtitle { margin: 8px 0 4px; font-size: 12px; font-weight: 600; color: #5b6673; text-transform: uppercase; }
.fc-sources { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.fc-source { padding: 6px 8px; border-radius: 6px; background: #f6f7f9; border-left: 3px solid #9aa5b1; }
.fc-source[data-verdict="conflict"], .fc-source[data-verdict="magnitude"], .fc-source[data-verdict="currency"],
.fc-source[data-verdict="arithmetic"] { border-left: 3px dashed #d11a2a; }
.fc-source[data-verdict="consistent"] { border-left: 3px solid #1c7c3c; }
.fc-source[data-verdict="rounding"] { border-left: 3px dotted #b86e00; }
.fc-source-head { display: flex; flex-wrap: wrap; gap: 0 4px; align-items: baseline; }
.fc-source-date { color: #5b6673; }
.fc-source-verdict { margin-left: auto; font-size: 11px; color: #5b6673; }
.fc-source-title { font-size: 12px; color: #5b6673; }
.fc-quote { margin: 4px 0; padding: 0; font-style: italic; }
.fc-quote-figure { background: #fff1a8; color: inherit; font-style: normal; font-weight: 600; padding: 0 1px; }
.fc-converted { font-size: 12px; }
.fc-more, .fc-keys { margin: 8px 0 0; font-size: 11px; color: #5b6673; }
@media (prefers-color-scheme: dark) {
  .fc-card { background: #1e2329; color: #e6e9ed; border-color: #3a424c; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5); }
  .fc-badge { background: #2c333b; color: #d5dae0; }
  .fc-pop[data-verdict="conflict"] .fc-badge, .fc-pop[data-verdict="magnitude"] .fc-badge,
  .fc-pop[data-verdict="currency"] .fc-badge, .fc-pop[data-verdict="arithmetic"] .fc-badge,
  .fc-pop[data-verdict="page-conflict"] .fc-badge { background: #4a1c22; color: #ffb3ba; }
  .fc-pop[data-verdict="rounding"] .fc-badge { background: #45340f; color: #ffd591; }
  .fc-pop[data-verdict="consistent"] .fc-badge { background: #173a25; color: #9be3b5; }
  .fc-reading dt, .fc-subtitle, .fc-source-date, .fc-source-verdict, .fc-source-title, .fc-own, .fc-more, .fc-keys { color: #a3adb8; }
  .fc-source { background: #272d34; }
  .fc-quote-figure { background: #6b5a12; }
}
`;
