// The browser side of Afronden: the day for the verslag's name, the file name, the default saver
// (a Blob behind an <a download> link) and the default printer (a hidden iframe). Touches the DOM.

/** Returns the local calendar day of `ms` as YYYY-MM-DD; pure. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Returns the download name `verslag-<method>-<date>.md`, safe for a file system; pure. */
export function fileName(methodId: string, date: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return `verslag-${safe(methodId)}-${safe(date)}.md`;
}

/** Returns the default saver: a Blob download through a temporary `<a download>` link (touches the DOM). */
export function downloadFile(
  name: string,
  text: string,
  type = 'text/markdown;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Returns the default printer: the document in a hidden iframe, printed, removed a minute later (touches the DOM). */
export function printHtml(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.title = 'verslag';
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
      setTimeout(() => frame.remove(), 60_000);
    };
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
