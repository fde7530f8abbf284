// Styles inside the popover's shadow root. px only: rem would follow the page's root font size.
export const POPOVER_CSS = `
:host { all: initial; }
.fc-card {
  position: fixed; box-sizing: border-box; max-width: min(420px, calc(100vw - 16px));
  max-height: min(60vh, calc(100vh - 16px)); overflow: auto; min-width: 240px;
  padding: 12px 14px; border-radius: 8px; border: 1px solid #d0d5dd;
  background: #ffffff; color: #1f2933; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  text-align: left; direction: ltr; pointer-events: auto;
}
.fc-card[hidden] { display: none; }
.fc-card:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.fc-summary { margin: 0 0 8px; font-size: 14px; font-weight: 500; }
.fc-strip { display: block; max-width: 100%; height: auto; margin: 0 0 6px; }
.fc-strip-axis, .fc-strip-tick { stroke: #5b6673; stroke-width: 1; }
.fc-strip-label { font-size: 10px; fill: #4b5563; }
.fc-strip-source { fill: #1a73e8; stroke: #ffffff; stroke-width: 1; }
.fc-strip-own { fill: #d11a2a; stroke: #ffffff; stroke-width: 1; }
.fc-details { margin: 8px 0 0; }
.fc-details-summary { cursor: pointer; font-size: 12px; font-weight: 600; color: #394452; }
.fc-passage { font-size: 12px; color: #0b57d0; }
.fc-head { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
.fc-badge { align-self: flex-start; font-size: 11px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase;
  padding: 2px 6px; border-radius: 4px; background: #eef1f4; color: #394452; }
.fc-pop[data-verdict="conflict"] .fc-badge, .fc-pop[data-verdict="magnitude"] .fc-badge,
.fc-pop[data-verdict="currency"] .fc-badge, .fc-pop[data-verdict="arithmetic"] .fc-badge,
.fc-pop[data-verdict="page-conflict"] .fc-badge { background: #fde8ea; color: #a0111f; }
.fc-pop[data-verdict="rounding"] .fc-badge { background: #fff3dc; color: #8a5200; }
.fc-pop[data-verdict="consistent"] .fc-badge { background: #e3f5e9; color: #17663a; }
.fc-title { margin: 0; font-size: 15px; font-weight: 600; }
.fc-reading { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0 8px; }
.fc-reading dt { color: #5b6673; }
.fc-reading dd { margin: 0; }
.fc-explanation { margin: 0 0 8px; }
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
  .fc-strip-axis, .fc-strip-tick { stroke: #a3adb8; }
  .fc-strip-label { fill: #c3cad2; }
  .fc-strip-source { fill: #8ab4f8; stroke: #1e2329; }
  .fc-strip-own { fill: #ff6b6b; stroke: #1e2329; }
  .fc-details-summary { color: #d5dae0; }
  .fc-passage { color: #8ab4f8; }
}
`;
