import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** Keeps <html lang dir> and Mantine's direction in step with the UI language. */
export function DocumentLanguage() {
  const { locale, dir } = useI18n();
  const { setDirection } = useDirection();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    setDirection(dir);
  }, [locale, dir, setDirection]);
  return null;
}
