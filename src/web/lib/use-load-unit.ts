import { useCallback, useEffect, useState } from 'react';
import type { LoadUnit } from '../../core/training/plates.js';
import { api } from '../api.js';

const KEY = 'platewise.loadUnit';

function stored(): LoadUnit | null {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'kg' || v === 'lb' ? v : null;
  } catch {
    return null;
  }
}

/** The unit loads are typed in: the person's last choice on this device, else their profile's units (kg without one). */
export function useLoadUnit(): [LoadUnit, (unit: LoadUnit) => void] {
  const [unit, setUnit] = useState<LoadUnit>(() => stored() ?? 'kg');
  useEffect(() => {
    if (stored()) return;
    const ctl = new AbortController();
    api
      .getProfile(ctl.signal)
      .then((p) => {
        if (p?.units === 'imperial') setUnit('lb');
      })
      .catch(() => undefined);
    return () => ctl.abort();
  }, []);
  const choose = useCallback((u: LoadUnit) => {
    setUnit(u);
    try {
      window.localStorage.setItem(KEY, u);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  }, []);
  return [unit, choose];
}
