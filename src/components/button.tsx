import type { ButtonHTMLAttributes } from 'react';
import styles from './button.module.css';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost';
  /** Shown while an action runs; the button stays focusable and says it is busy. */
  busy?: boolean;
}

export function Button({ variant = 'primary', busy = false, className, type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={[styles.button, styles[variant], className].filter(Boolean).join(' ')}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
}
