import { describe, it, expect, vi } from 'vitest';

vi.mock('elastic-apm-node', () => ({ default: { start: vi.fn(() => ({ isStarted: () => false })) } }));

describe('apm', () => {
  it('starts the agent with a token', async () => {
    const apm = (await import('elastic-apm-node')).default;
    await import('../src/telemetry/apm');
    expect(apm.start).toHaveBeenCalledWith(expect.objectContaining({ secretToken: expect.any(String) }));
  });
});
