/** Where the API is: `config.json` beside index.html (written at deploy time); an empty `apiUrl` means this origin. */
export async function loadApiUrl(): Promise<string> {
  const response = await fetch('./config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  const config = (await response.json()) as { apiUrl?: unknown };
  if (typeof config.apiUrl !== 'string') throw new Error('config.json has no apiUrl');
  return config.apiUrl.replace(/\/$/, '');
}
