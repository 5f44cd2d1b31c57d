// Loaded on demand by the week chart: uPlot and its stylesheet stay out of the main bundle.
import 'uplot/dist/uPlot.min.css';

export { default } from 'uplot';
