// Code split by route, without the wait React adds: a boundary that showed its fallback keeps it at least
// 300 ms (React's fallback throttle), so a lazy component suspends the page for that long even when its code
// arrives in 20 ms. A preloadable component renders at once when its code is already here (preload() was
// awaited), and falls back to React.lazy when it is not.
import { type ComponentType, createElement, lazy, useState } from 'react';

export interface Preloadable<P extends object, M extends { default: ComponentType<P> }> {
  Component: ComponentType<P>;
  /** Loads the code (once; again after a failure) and resolves to its module. */
  preload: () => Promise<M>;
}

export function preloadable<P extends object, M extends { default: ComponentType<P> }>(
  load: () => Promise<M>,
): Preloadable<P, M> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<M> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Component(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount the page.
    const [Impl] = useState<ComponentType<P>>(() => loaded ?? (Lazy as unknown as ComponentType<P>));
    return createElement(Impl, props);
  }
  return { Component, preload };
}
