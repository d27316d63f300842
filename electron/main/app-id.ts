/** The installers' application id (electron-builder.yml `appId`): on Windows also the AppUserModelID the
 * installer gives the app's shortcuts, so reminders are attributed to the app and follow its settings. */
export const APP_ID = 'jp.sayonara-sim.app';
