// Fails the run on any unhandled rejection: every Model promise must be awaited inside a handler.
process.on('unhandledRejection', (reason) => {
  throw reason instanceof Error ? reason : new Error(`Unhandled rejection: ${String(reason)}`);
});
