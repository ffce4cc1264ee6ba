// Runs a long-lived child (vite's dev server, electron-vite and its Electron) so that the npm script
// and the child end together (issue 14). npm runs a script through `sh -c`; when npm is killed it
// passes the signal to that shell, which dies without passing it on, and the server it started was
// left running, still holding its port. So this process passes SIGINT, SIGTERM and SIGHUP to the
// child, ends it when its own parent (the shell) is gone, and exits with the child's status.
import { spawn } from 'node:child_process';
import { clearInterval, setInterval, setTimeout } from 'node:timers';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function isGone(parent) {
  // On POSIX an orphan is adopted by init or a subreaper; on Windows the parent's id stays, so ask.
  if (process.ppid !== parent) return true;
  try {
    process.kill(parent, 0);
    return false;
  } catch (error) {
    return error.code === 'ESRCH';
  }
}

export function runTogether(command, args, options = {}) {
  const parent = process.ppid;
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  const stop = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const handlers = FORWARDED.map((signal) => {
    const handler = () => stop(signal);
    process.on(signal, handler);
    return [signal, handler];
  });
  const watch = setInterval(() => {
    if (!isGone(parent)) return;
    clearInterval(watch);
    stop('SIGTERM');
    // A child that ignores SIGTERM is not left behind either.
    setTimeout(() => stop('SIGKILL'), 5000).unref();
  }, 250);
  watch.unref();
  child.on('error', (error) => {
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    clearInterval(watch);
    if (signal === null) process.exit(code ?? 1);
    // Die of the same signal, so whoever started this sees how the child ended.
    for (const [name, handler] of handlers) process.removeListener(name, handler);
    process.kill(process.pid, signal);
  });
  return child;
}
