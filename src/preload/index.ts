import { contextBridge, ipcRenderer } from 'electron';
import { createPodscanApi } from './api';

contextBridge.exposeInMainWorld('podscan', createPodscanApi(ipcRenderer));
