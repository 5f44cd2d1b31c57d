import { useEffect, useState } from 'react';
import { formatInt } from '../lib/format.js';

/** On narrow screens the result sits below the form; this bar keeps the live budget in sight while the form is filled. */
export function BudgetPeek({ goalKcal, targetId }: { goalKcal: number | null; targetId: string }) {
  const [targetVisible, setTargetVisible] = useState(false);

  useEffect(() => {
    const target = document.getElementById(targetId);
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      setTargetVisible(entries.some((e) => e.isIntersecting));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [targetId]);

  if (goalKcal === null || targetVisible) return null;
  return (
    <div className="budget-peek">
      <a className="budget-peek__link" href={`#${targetId}`}>
        <span className="budget-peek__label">Daily budget</span>
        <span className="budget-peek__value">{formatInt(goalKcal)} kcal</span>
        <span className="budget-peek__more">Details ↓</span>
      </a>
    </div>
  );
}
