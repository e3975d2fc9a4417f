import { createContext, useContext } from 'react';
import type { WorkbookAdapter } from './workbook-adapter';

export const AdapterContext = createContext<WorkbookAdapter | null>(null);

export function useWorkbook(): WorkbookAdapter {
  const adapter = useContext(AdapterContext);
  if (!adapter) throw new Error('useWorkbook needs an AdapterContext provider');
  return adapter;
}
