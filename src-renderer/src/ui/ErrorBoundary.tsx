import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import i18next from 'i18next';

// A screen that throws shows a message and a way out instead of a blank window.
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[qaygi renderer]', error);
  }

  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Stack maw={560}>
        <Alert color="red" role="alert" title={i18next.t('app.screenFailed')}>
          {i18next.t('errors.internal')}
        </Alert>
        <Button variant="light" onClick={() => this.setState({ failed: false })} w="fit-content">
          {i18next.t('common.retry')}
        </Button>
      </Stack>
    );
  }
}
