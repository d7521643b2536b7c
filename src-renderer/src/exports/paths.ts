export { exportsPrintPaths as exportsPaths } from '@core/exports/print';
