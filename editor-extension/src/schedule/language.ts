// The calendar's language: the `cmplan.language` setting, or VS Code's display language when it is `auto`.
import type { Language } from './messages';

export function chooseLanguage(setting: string | undefined, displayLanguage: string): Language {
  if (setting === 'en' || setting === 'fr') {
    return setting;
  }
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
