// The demo page: registers every widget and wires the token and theme pickers.
import '../src/index.js';
import type { DashboardConfigElement } from '../src/core/dashboard-config.js';

const config = document.querySelector<DashboardConfigElement>('#config')!;
const matomoToken = document.querySelector<HTMLSelectElement>('#matomo-token')!;
const chatUser = document.querySelector<HTMLSelectElement>('#chat-user')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

matomoToken.addEventListener('change', () => {
  config.matomoToken = matomoToken.value;
});
chatUser.addEventListener('change', () => {
  const [userId = '', token = ''] = chatUser.value.split('|');
  config.rocketchatUserId = userId;
  config.rocketchatToken = token;
});
theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  for (const widget of document.querySelectorAll('activity-log, visits-chart, analytics-settings')) {
    widget.setAttribute('theme', theme.value);
  }
});
