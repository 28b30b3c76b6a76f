import { metricsAllowed } from './metrics';

describe('who may read /metrics', () => {
  const token = 'a'.repeat(32);

  it('without METRICS_TOKEN: this machine only', () => {
    expect(metricsAllowed('127.0.0.1', undefined, null)).toBe(true);
    expect(metricsAllowed('::1', undefined, null)).toBe(true);
    expect(metricsAllowed('::ffff:127.0.0.1', undefined, null)).toBe(true);
    expect(metricsAllowed('10.0.0.7', undefined, null)).toBe(false);
    expect(metricsAllowed(undefined, undefined, null)).toBe(false);
  });

  it('with METRICS_TOKEN: the bearer of the token only, wherever it comes from', () => {
    expect(metricsAllowed('10.0.0.7', `Bearer ${token}`, token)).toBe(true);
    expect(metricsAllowed('127.0.0.1', undefined, token)).toBe(false);
    expect(metricsAllowed('127.0.0.1', `Bearer ${token}x`, token)).toBe(false);
    expect(metricsAllowed('127.0.0.1', token, token)).toBe(false);
  });
});
