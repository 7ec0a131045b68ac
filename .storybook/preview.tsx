import type { Preview } from '@storybook/react-vite';
import { initialize, mswLoader } from 'msw-storybook-addon';
import { handlers } from '../src/mocks/handlers';
import { annotations } from './annotations';

// The app's own fake WordPress; a story overrides handlers through parameters.msw.handlers.
initialize({ onUnhandledRequest: 'bypass', quiet: true }, handlers);

const preview: Preview = {
  ...annotations,
  loaders: [mswLoader],
};

export default preview;
