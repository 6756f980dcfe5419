import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('podscan', {});
