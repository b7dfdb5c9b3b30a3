import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// The simulator answers each open question about Miro the costly way by default
// (src/miro/simulator/assumptions.ts). The guard and the board app run a second time under the
// other answer to each question, so neither answer is taken on trust.
const OTHER_ANSWERS =
  'itemEvents=actor,parentOnCreate=true,frameDelete=keep-children,errorShape=coded';

export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'costly answers', include: ['test/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'other answers',
          include: ['test/guard/**/*.test.ts', 'test/app/headless.test.ts'],
          env: { SIM_ASSUME: OTHER_ANSWERS },
        },
      },
    ],
  },
});
