import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only the chart.js parts the pages draw with: bars, lines, points, two scales, legend and tooltip.
// Loaded on demand by the Chart component, so pages without charts do not carry it.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b1f24';
Chart.defaults.animation = false;

export { Chart };
export type { ChartConfiguration } from 'chart.js';
