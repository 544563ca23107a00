// The facilitator guide's page, loaded when first opened: its renderer and words are a chunk of their own.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function LazyGuidePage() {
  const [Page, setPage] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./guide-page').then((loaded) => setPage(() => loaded.GuidePage));
  }, []);
  return Page ? <Page /> : null;
}
